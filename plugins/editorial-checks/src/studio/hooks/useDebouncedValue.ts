import {useEffect, useState} from 'react'

/** `value`, once it has stopped changing for `ms`. The first value is taken at once. */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (Object.is(settled, value)) return
    if (ms <= 0) {
      setSettled(value)
      return
    }
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms, settled])
  return ms <= 0 ? value : settled
}
