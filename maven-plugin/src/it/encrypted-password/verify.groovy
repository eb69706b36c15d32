import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def log = new File(basedir, 'build.log').text
    assert log.contains("Credential: settings server 'ibmcloud' (API key)")
    assert log.contains('Workspace app-one (us-south.workspace.app-one.1a2b3c4d)')
    assert log.contains("Cannot decrypt the password of settings.xml server 'ibmcloud'")
    assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
    assert !log.contains('{Pyb/kHO/XG0H67NYLlNEPq+PfU3h08jLoM4ggufM9MgrBNMDwx4w3LclZ5yzGugJ}')
    // only the first run reached IAM
    assert emulator.requests().count(Route.TOKEN) == 1
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
