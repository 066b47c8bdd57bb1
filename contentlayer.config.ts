/**
 * Content layer: MDX lessons in content/lessons. Field types here are the first gate; the zod schema
 * in lib/content/lesson-frontmatter.ts (run by scripts/content-check.ts before every build) gives
 * messages that name the file, the field and the reason.
 */
import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import remarkGfm from "remark-gfm";
import { lessonComputed } from "./lib/content/lesson-computed";

export const Lesson = defineDocumentType(() => ({
  name: "Lesson",
  filePathPattern: "lessons/**/*.mdx",
  contentType: "mdx",
  fields: {
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    modalities: {
      type: "list",
      of: { type: "enum", options: ["MR", "CT", "XR", "US", "PATH", "PHOTO", "MICRO"] },
      required: true,
    },
    regions: { type: "list", of: { type: "string" }, required: true },
    difficulty: { type: "enum", options: ["intro", "intermediate", "advanced"], required: true },
    objectives: { type: "list", of: { type: "string" }, required: true },
    cases: { type: "list", of: { type: "string" }, required: true },
    authors: { type: "json", required: true },
    license: { type: "string", required: true },
    date: { type: "date", required: true },
    draft: { type: "boolean", default: false },
    order: { type: "number", required: false },
  },
  computedFields: {
    slug: { type: "string", resolve: (doc) => lessonComputed.slug(doc._raw.flattenedPath) },
    readingMinutes: {
      type: "number",
      resolve: (doc) => lessonComputed.readingMinutes(doc.body.raw),
    },
    toc: { type: "json", resolve: (doc) => lessonComputed.toc(doc.body.raw) },
  },
}));

export default makeSource({
  contentDirPath: "content",
  contentDirInclude: ["lessons"],
  documentTypes: [Lesson],
  // GitHub-flavoured Markdown: tables, strikethrough, autolinks, task lists.
  mdx: { remarkPlugins: [remarkGfm] },
  disableImportAliasWarning: true,
  onUnknownDocuments: "fail",
  onMissingOrIncompatibleData: "fail",
  onExtraFieldData: "fail",
});
