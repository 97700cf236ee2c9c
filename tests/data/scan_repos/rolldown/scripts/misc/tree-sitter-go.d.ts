declare module 'tree-sitter-go' {
  const Go: unknown;
  export default Go;
}
