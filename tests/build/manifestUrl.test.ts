// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build helper is CommonJS.
const { rewriteManifest } = require('../../scripts/manifest-url.cjs') as {
  rewriteManifest: (xml: string, base: string) => string;
};

const XML =
  '<AppDomain>https://localhost:3000</AppDomain><A DefaultValue="https://localhost:3000/taskpane.html"/>';

describe('rewriteManifest', () => {
  it('moves URLs under a base path and keeps only the origin as AppDomain', () => {
    expect(rewriteManifest(XML, 'https://oa.example.cn/addin/')).toBe(
      '<AppDomain>https://oa.example.cn</AppDomain><A DefaultValue="https://oa.example.cn/addin/taskpane.html"/>',
    );
  });

  it('rejects a plain-HTTP base URL that Office would refuse', () => {
    expect(() => rewriteManifest(XML, 'http://oa.example.cn')).toThrow(/https/);
  });

  it('rejects a base URL that is not a URL', () => {
    expect(() => rewriteManifest(XML, 'oa server')).toThrow(/不是有效的网址/);
  });
});
