// The part of SaxonJS's API the schematron runner uses (the package ships no type declarations).
declare module "saxon-js" {
  type TransformOptions = {
    stylesheetInternal: unknown;
    sourceText?: string;
    destination: "serialized";
  };
  const SaxonJS: {
    transform(options: TransformOptions, execution: "async"): Promise<{ principalResult: string }>;
    transform(options: TransformOptions, execution?: "sync"): { principalResult: string };
  };
  export default SaxonJS;
}
