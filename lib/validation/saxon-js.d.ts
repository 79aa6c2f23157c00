// The part of SaxonJS's API the schematron runner uses (the package ships no type declarations).
declare module "saxon-js" {
  type TransformOptions = {
    stylesheetInternal: unknown;
    sourceText?: string;
    sourceNode?: SaxonDocument;
    destination: "serialized";
  };
  /** A document parsed by SaxonJS; opaque to the caller. */
  type SaxonDocument = { readonly nodeType: number };
  const SaxonJS: {
    getResource(options: { text: string; type: "xml" }): Promise<SaxonDocument>;
    transform(options: TransformOptions, execution: "async"): Promise<{ principalResult: string }>;
    transform(options: TransformOptions, execution?: "sync"): { principalResult: string };
  };
  export default SaxonJS;
}
