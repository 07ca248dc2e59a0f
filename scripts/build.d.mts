// Types of build.mjs, which stays JavaScript so that `npm start` builds with plain Node before anything is compiled.
export declare const BOT_ENTRIES: Record<string, string>;
export declare function bundle(entries?: Record<string, string>, outdir?: string): Promise<string>;
