import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('both workspaceId and workspaceName are given')
    assert log.contains('neither workspaceId nor workspaceName is given')
    assert log.contains("region 'mars'")
    assert log.contains("requireStatus 'ACTIVE;FAILED' is not a comma-separated list of workspace statuses")
    assert log.contains('schematicsUrl')
    assert log.contains('propertyPrefix')
    // trust store: a missing file, an unsupported type, a missing password server, a file that is no trust store
    def path = { String name -> new File(basedir, name).toPath().toAbsolutePath().normalize().toString() }
    assert log.contains("trustStore '" + path('no-such-truststore.p12') + "' does not exist: give the path of a PKCS12 or JKS trust store")
    assert log.contains("trustStoreType 'PEM' is not supported: use PKCS12 (the default) or JKS.")
    assert log.contains("trustStoreServerId 'no-such-server': settings.xml has no <server> with this id.")
    assert log.contains("trustStore '" + path('pom.xml') + "' cannot be read as a PKCS12 trust store")
    assert ItSupport.countLines(log, '[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') == 10
    assert ItSupport.emulator(context).requests().count() == 0
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
