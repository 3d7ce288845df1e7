/**
 * Test fixture: draws a fresh key pair whose key ID contains a hex letter.
 *
 * Tests that uppercase a key ID to prove it is refused only test something when the random
 * eight-hex-digit ID holds a letter; about one ID in forty is all digits, and with it such a
 * test fails at random. Drawing until the ID has a letter keeps the key random and the test
 * deterministic.
 */
export function keysWithLetterInId(
  generate: (name: string) => { signerKey: string; verifierKey: string },
  name: string,
): { signerKey: string; verifierKey: string } {
  for (;;) {
    const keys = generate(name);
    if (/[a-f]/.test(keys.verifierKey.split('+')[1] ?? '')) return keys;
  }
}
