import { describe, expect, it } from "vitest";
import { CsvError, csvChunks, formatCsv, parseCsv } from "../../src/pipeline/csv.ts";

function lines(text: string) {
  return parseCsv(text, "t.csv").rows.map(({ line, values }) => ({ line, ...values }));
}

function error(text: string): CsvError {
  try {
    parseCsv(text, "data/t.csv");
  } catch (e) {
    if (e instanceof CsvError) return e;
    throw e;
  }
  throw new Error("parseCsv did not throw");
}

describe("parseCsv(text, file)", () => {
  it("returns no header and no rows for empty text", () => {
    expect(parseCsv("", "t.csv")).toEqual({ header: [], rows: [] });
  });

  it("returns no rows for text that is only line ends", () => {
    expect(parseCsv("\n\r\n\n", "t.csv")).toEqual({ header: [], rows: [] });
  });

  it("reads a header without rows, with or without a final newline", () => {
    expect(parseCsv("a,b", "t.csv")).toEqual({ header: ["a", "b"], rows: [] });
    expect(parseCsv("a,b\n", "t.csv")).toEqual({ header: ["a", "b"], rows: [] });
  });

  it("numbers each record by the line it starts on, the header being line 1", () => {
    expect(lines("a,b\n1,2\n3,4")).toEqual([
      { line: 2, a: "1", b: "2" },
      { line: 3, a: "3", b: "4" }
    ]);
  });

  it("keeps counting lines across blank lines, which it skips", () => {
    expect(lines("a\n\n1\n\n\n2\n")).toEqual([
      { line: 3, a: "1" },
      { line: 6, a: "2" }
    ]);
  });

  it("keeps counting lines inside quoted fields that span lines", () => {
    expect(lines('a,b\n"x\ny\nz",1\n2,3\n')).toEqual([
      { line: 2, a: "x\ny\nz", b: "1" },
      { line: 5, a: "2", b: "3" }
    ]);
  });

  it("reads quoted commas, doubled quotes and empty quoted fields", () => {
    expect(lines('a,b,c\n"x, y","say ""hi""",""\n')).toEqual([{ line: 2, a: "x, y", b: 'say "hi"', c: "" }]);
  });

  it("reads empty unquoted fields, including a trailing one", () => {
    expect(lines("a,b,c\n,,\n1,,\n")).toEqual([
      { line: 2, a: "", b: "", c: "" },
      { line: 3, a: "1", b: "", c: "" }
    ]);
  });

  it("accepts CRLF and CR line ends, also inside quoted fields", () => {
    expect(lines('a,b\r\n1,"x\r\ny"\r\n2,3\r4,5\r')).toEqual([
      { line: 2, a: "1", b: "x\r\ny" },
      { line: 4, a: "2", b: "3" },
      { line: 5, a: "4", b: "5" }
    ]);
  });

  it("drops a leading byte-order mark, as spreadsheets write one", () => {
    expect(parseCsv("\uFEFFa,b\n1,2\n", "t.csv").header).toEqual(["a", "b"]);
  });

  it("keeps whitespace and unicode in fields as they are", () => {
    expect(lines("a,b\n  Moskow , Mi’raj “x” ©\u00A0\n")).toEqual([{ line: 2, a: "  Moskow ", b: " Mi’raj “x” ©\u00A0" }]);
  });

  it("throws naming the file and the line where an unclosed quote opens", () => {
    const e = error('a,b\n1,2\n3,"open\n\n');
    expect(e.message).toBe("data/t.csv line 3: a quoted field is never closed");
    expect([e.file, e.line]).toEqual(["data/t.csv", 3]);
  });

  it("throws on a row with too many or too few fields", () => {
    expect(error("a,b\n1,2\n1,2,3\n").message).toBe("data/t.csv line 3: expected 2 fields, found 3");
    expect(error("a,b\n1\n").message).toBe("data/t.csv line 2: expected 2 fields, found 1");
  });

  it("throws on text after a closing quote", () => {
    expect(error('a\n"x"y\n').message).toMatch(/^data\/t\.csv line 2: unexpected text after a closing quote/);
  });

  it("throws on a quote inside an unquoted field", () => {
    expect(error('a\nx"y\n').message).toMatch(/^data\/t\.csv line 2: a quote inside an unquoted field/);
  });

  it("throws on a repeated or empty column name", () => {
    expect(error("a,b,a\n").message).toBe("data/t.csv line 1: the header repeats the column 'a'");
    expect(error("a,,b\n").message).toBe("data/t.csv line 1: the header has an empty column name");
  });
});

describe("csvChunks(columns, rows, lines)", () => {
  const rows = Array.from({ length: 5 }, (_, i) => ({ a: `r${i}`, b: i % 2 === 0 ? "x, y" : "z" }));

  it("cuts formatCsv's text after every `lines` rows, the header in the first piece", () => {
    const chunks = [...csvChunks(["a", "b"], rows, 2)];
    expect(chunks).toEqual(['a,b\nr0,"x, y"\nr1,z\n', 'r2,"x, y"\nr3,z\n', 'r4,"x, y"\n']);
    expect(chunks.join("")).toBe(formatCsv(["a", "b"], rows));
  });

  it("ends on a full piece without an empty one after it, and gives the header alone for no rows", () => {
    expect([...csvChunks(["a", "b"], rows.slice(0, 4), 2)]).toHaveLength(2);
    expect([...csvChunks(["a", "b"], [], 2)]).toEqual(["a,b\n"]);
  });
});

describe("formatCsv(columns, rows)", () => {
  it("writes the header alone, with a final newline, for no rows", () => {
    expect(formatCsv<{ a: string; b: string }>(["a", "b"], [])).toBe("a,b\n");
  });

  it("writes the columns in the order given and rows in the order given, with \\n line ends", () => {
    const rows = [
      { b: "2", a: "1" },
      { b: "0", a: "9" }
    ];
    expect(formatCsv(["a", "b"], rows)).toBe("a,b\n1,2\n9,0\n");
  });

  it("quotes fields holding commas, quotes or line ends, and only those", () => {
    const rows = [{ a: "x, y", b: 'say "hi"', c: "one\ntwo", d: "plain text" }];
    expect(formatCsv(["a", "b", "c", "d"], rows)).toBe('a,b,c,d\n"x, y","say ""hi""","one\ntwo",plain text\n');
  });

  it("neutralises text cells that a spreadsheet would run as a formula", () => {
    const rows = ["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx", "a=b"].map((a) => ({ a }));
    expect(formatCsv(["a"], rows)).toBe("a\n'=SUM(A1)\n'+1\n'-2\n'@cmd\n'\tx\n\"'\rx\"\na=b\n");
  });

  it("writes numbers as numbers, negative ones unneutralised, and non-finite ones as empty", () => {
    const rows = [{ n: -5 }, { n: 0.25 }, { n: Number.NaN }, { n: Infinity }];
    expect(formatCsv(["n"], rows)).toBe("n\n-5\n0.25\n\n\n");
  });

  it("writes null and undefined as empty and booleans as true/false", () => {
    const rows = [{ a: null, b: undefined, c: true, d: false }];
    expect(formatCsv(["a", "b", "c", "d"], rows)).toBe("a,b,c,d\n,,true,false\n");
  });

  it("round-trips through parseCsv", () => {
    const rows = [{ a: 'x, "y"\nz', b: "Mi’raj ©", c: "" }];
    const parsed = parseCsv(formatCsv(["a", "b", "c"], rows), "t.csv");
    expect(parsed.rows.map((r) => r.values)).toEqual(rows);
  });

  it("gives byte-identical output for the same rows", () => {
    const rows = [{ a: "1", b: "=x" }];
    expect(formatCsv(["a", "b"], rows)).toBe(formatCsv(["a", "b"], structuredClone(rows)));
  });
});
