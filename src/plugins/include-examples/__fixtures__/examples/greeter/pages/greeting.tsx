import type { ReactNode } from 'react';
import { useState } from 'react';

// #region props
interface GreetingProps {
  name: string;
  children?: ReactNode;
}
// #endregion props

// #region component
export default function Greeting({ name, children }: GreetingProps) {
  // #region state
  const [count, setCount] = useState<number>(0);
  // #endregion state
  return (
    <section>
      {/* #region markup */}
      <h1>Hello, {name}</h1>
      <button onClick={() => setCount(count + 1)}>Clicked {count} times</button>
      {/* #endregion markup */}
      {children}
    </section>
  );
}
// #endregion component
