// The parts of @observablehq/inputs (which ships no types) that the quote explorer uses.
declare module "@observablehq/inputs" {
  type Format<T> = (value: T, index?: number, data?: readonly T[]) => string | Node;
  export function search<T>(
    data: readonly T[],
    options?: { label?: string | Node; placeholder?: string; columns?: string[]; filter?: (query: string) => (d: T) => boolean; format?: (n: number) => string; width?: number | string },
  ): HTMLElement & { value: T[] };
  export function select<T>(
    data: readonly T[],
    options?: { label?: string | Node; format?: (value: T) => string; value?: T; width?: number | string },
  ): HTMLElement & { value: T };
  export function table<T extends object>(
    data: readonly T[],
    options?: {
      columns?: string[];
      header?: Record<string, string | Node>;
      format?: Record<string, Format<never>>;
      align?: Record<string, "left" | "right" | "center">;
      width?: Record<string, number | string> | number | string;
      sort?: string;
      reverse?: boolean;
      rows?: number;
      select?: boolean;
      required?: boolean;
      layout?: "auto" | "fixed";
      maxWidth?: number | string;
    },
  ): HTMLElement & { value: T[] };
}
