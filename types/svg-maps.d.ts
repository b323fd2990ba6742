// @svg-maps/mexico's own typings import this package, which it does not install.
declare module "svg-maps__common" {
  export interface Location {
    id: string;
    name: string;
    path: string;
  }
  export interface Map {
    label: string;
    viewBox: string;
    locations: Location[];
  }
}
