/**
 * Saved scenes for presenting: each is a name and the query string of the state it restores
 * (filters, view, camera, selection, language), so a scene is read back by the URL codec with
 * the same checks and notices as a shared link. Scenes travel in the URL (`scene=`) and in a
 * JSON file. Pure: tested in Node.
 */

/** A named view to step to while presenting. */
export interface Scene {
  name: string;
  /** The scene's state as `serialiseUrlState` writes it (`?theme=waste&view=map`). */
  query: string;
}
