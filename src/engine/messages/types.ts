/** The languages every user-facing message exists in. */
export const MESSAGE_LANGUAGES = ['en', 'fr', 'es'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** Templates by code, with `{{name}}` placeholders filled from an issue's params. */
export type MessageTemplates = Readonly<Record<string, string>>;

/**
 * One part of the engine's message catalogue (one file per area in ./catalog), in every language.
 * Every code must exist in all three languages: the type and a test check it.
 */
export type MessagePart = Readonly<Record<MessageLanguage, MessageTemplates>>;
