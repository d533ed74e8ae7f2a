// #region open
export const value = 1;
