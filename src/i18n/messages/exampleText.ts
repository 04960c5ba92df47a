/** An example scenario's name and description in one language. */
export interface ExampleText {
  name: string;
  description: string;
}
