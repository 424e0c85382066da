// opencc-js ships types only for its ESM entry; the UMD build we require has the same shape.
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
