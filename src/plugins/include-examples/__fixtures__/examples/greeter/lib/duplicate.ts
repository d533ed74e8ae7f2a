// #region twice
export const first = 1;
// #endregion twice

// #region twice
export const second = 2;
// #endregion twice
