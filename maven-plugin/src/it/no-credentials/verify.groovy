import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def log = new File(basedir, 'build.log').text
    assert log.contains("no IBM Cloud credential found. Give one of: (1) a <server> with id 'ibmcloud' in settings.xml")
    assert log.contains('(2) the environment variable IBMCLOUD_API_KEY (or IC_API_KEY)')
    assert log.contains('(3) the environment variable SCHEMATICS_PASSCODE')
    assert log.contains("serverId 'missing-server': settings.xml has no <server> with this id.")
    assert ItSupport.countLines(log, '[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') == 2
    assert emulator.requests().count() == 0
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
