import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    assert emulator.https() && emulator.iamUrl().startsWith('https://127.0.0.1:')
    def log = new File(basedir, 'build.log').text
    def path = { String name -> new File(basedir, name).toPath().toAbsolutePath().normalize().toString() }
    def using = { String store, String how -> 'Trust store: ' + store + ' (' + how + "), instead of the JVM's default trust store" }
    assert log.contains(using(emulator.trustStore().toString(), "PKCS12, 1 certificate, password from settings.xml server 'it-emulator-truststore'"))
    assert log.contains(using(path('protected.p12'), "PKCS12, 1 certificate, password from settings.xml server 'it-truststore-encrypted'"))
    assert log.contains(using(path('passwordless.p12'), 'PKCS12, 1 certificate, no password'))
    assert log.contains(using(path('truststore.jks'), 'JKS, 1 certificate, no password'))
    assert ItSupport.countLines(log, 'Workspace app-one (us-south.workspace.app-one.1a2b3c4d) in us-south') == 4
    // -X shows the parameters, which name the server but hold no password
    assert log.contains('(f) trustStoreServerId = it-truststore-encrypted')
    assert !log.contains('certificate not trusted')

    ['target/schematics', 'target/protected', 'target/passwordless', 'target/jks'].each { dir ->
        def props = ItSupport.properties(new File(basedir, dir + '/workspace.properties').toPath())
        assert props['schematics.output.cluster_id'] == 'c-app-one-0001'
    }
    // every build: token, workspace, outputs, all over HTTPS and answered
    def requests = emulator.requests().all()
    assert requests.collect { it.route() } == [Route.TOKEN, Route.WORKSPACE_GET, Route.WORKSPACE_OUTPUTS] * 4
    assert requests.every { it.status() == 200 }

    // no seeded secret, token, or trust store password (the protected copy's; build 2 ran with -X)
    ItSupport.assertNoLeaks(context, basedir, 'It-TrustStore-Pw-5c2e')
    return true
} finally {
    ItSupport.stop(context)
}
