import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains("2 workspaces are named 'shared-net'")
    assert log.contains('us-south.workspace.shared-net.2b3c4d5e')
    assert log.contains('eu-de.workspace.shared-net.3c4d5e6f')
    assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
    assert log.contains('Workspace shared-net (eu-de.workspace.shared-net.3c4d5e6f) in eu-de, resource group network: ACTIVE')
    def props = ItSupport.properties(new File(basedir, 'target/schematics/workspace.properties').toPath())
    assert props['schematics.output.vpc_id'] == 'r006-shared-eu'
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
