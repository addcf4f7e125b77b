// js-yaml comes with electron-builder (which reads electron-builder.yml with it) and ships no types;
// the packaging test needs only its load().
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
