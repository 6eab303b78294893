// esbuild embeds these files as strings (see esbuild.mjs, loader 'text').
declare module '*.yaml' {
  const text: string;
  export default text;
}
declare module '*.md' {
  const text: string;
  export default text;
}
