/**
 * The one way other components reach the map: a context, after react-map-gl's `MapProvider` and
 * `useMap`. `MapView` puts its controller in it once the controller exists; the image export and
 * the imported layers read it. No module global.
 */
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import type { MapHost } from './host';

interface HostSlot {
  readonly host: MapHost | null;
  readonly setHost: (host: MapHost | null) => void;
}

const HostContext = createContext<HostSlot | null>(null);

export function MapProvider({ children }: { children: ReactNode }) {
  const [host, setHost] = useState<MapHost | null>(null);
  const slot = useMemo(() => ({ host, setHost }), [host]);
  return <HostContext.Provider value={slot}>{children}</HostContext.Provider>;
}

/** The page's map, or null (not created yet, gone, or no provider above). */
export function useMapHost(): MapHost | null {
  return useContext(HostContext)?.host ?? null;
}

/** For `MapView`: where to put its controller. */
export function useSetMapHost(): (host: MapHost | null) => void {
  const slot = useContext(HostContext);
  return slot ? slot.setHost : () => {};
}
