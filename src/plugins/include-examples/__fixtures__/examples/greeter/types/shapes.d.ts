// Types only: the JavaScript tab has nothing to show.
export interface Shape {
  sides: number;
}
