import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    assert emulator.https()
    def log = new File(basedir, 'build.log').text
    // core's reason, then what to configure in Maven terms; a BUILD FAILURE (the fix is configuration)
    def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
    assert failures.size() == 2
    assert failures.every { it.contains('/identity/token failed: certificate not trusted (SSLHandshakeException)') }
    assert failures[0].contains("The JVM's default trust store does not trust the server's certificate")
    assert failures[0].contains('-Dschematics.trustStore=/path/to/truststore.p12 or <trustStore> in the plugin configuration')
    def other = new File(basedir, 'other-server.jks').toPath().toAbsolutePath().normalize().toString()
    assert log.contains('Trust store: ' + other + " (JKS, 1 certificate, no password), instead of the JVM's default trust store")
    // build 2: the store holds a certificate of the same name (CN=localhost) but another key
    assert failures[1].contains('The configured trustStore ' + other + ' (JKS, 1 certificate, no password) holds no CA that vouches for the server')
    assert ItSupport.countLines(log, '[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') == 2
    // the handshake failed, so no HTTP request reached the emulator, and nothing was retried or exported
    assert emulator.requests().count() == 0
    assert !log.contains('retrying')
    assert !new File(basedir, 'target/schematics').exists()
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
