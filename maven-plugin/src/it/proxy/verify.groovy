import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def proxy = ItSupport.proxy(context)
    def log = new File(basedir, 'build.log').text
    assert ItSupport.countLines(log, "Proxy: settings.xml proxy 'it-proxy' ProxySettings{127.0.0.1:" + proxy.port() + ", user=it-proxy-user, password=****") == 2

    def exchanges = proxy.exchanges()
    // the proxy asked for credentials first; every later call carried the decrypted ones
    assert exchanges[0].status() == 407
    def forwarded = proxy.forwarded()*.target().collect { new URI(it).path }
    assert forwarded == ['/identity/token', '/schematics/us-south/v1/workspaces/us-south.workspace.app-one.1a2b3c4d',
                         '/schematics/us-south/v1/workspaces/us-south.workspace.app-one.1a2b3c4d/output_values']
    assert proxy.forwarded().every { it.status() == 200 }
    // the second build went direct: the emulator saw both builds, the proxy only the first
    assert emulator.requests().count() == 6
    assert new File(basedir, 'target/schematics/workspace.properties').isFile()
    assert new File(basedir, 'target/direct/workspace.properties').isFile()
    ItSupport.assertNoLeaks(context, basedir, 'It-Proxy-Secret-4411')
    return true
} finally {
    ItSupport.stop(context)
}
