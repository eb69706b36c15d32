import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('Maven is offline (-o), and schematics:workspace needs to reach IBM Cloud; no request was sent.')
    assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
    assert ItSupport.emulator(context).requests().count() == 0
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
