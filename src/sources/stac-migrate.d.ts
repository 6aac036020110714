// The parts of @radiantearth/stac-migrate (no bundled types) that stac-ingest calls.
declare module '@radiantearth/stac-migrate' {
  const Migrate: {
    /** Upgrades any STAC object to the newest version the library knows, in place; returns it. */
    stac(object: Record<string, unknown>, updateVersionNumber?: boolean): Record<string, unknown>;
  };
  export default Migrate;
}
