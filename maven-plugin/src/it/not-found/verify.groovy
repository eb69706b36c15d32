import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains("did you mean 'app-one'")
    assert log.contains('workspace us-south.workspace.nope.00000000 not found in region us-south')
    assert log.contains('M1001')
    assert ItSupport.countLines(log, '[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') == 2
    assert !new File(basedir, 'target/schematics').exists()
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
