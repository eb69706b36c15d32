import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('Workspace legacy-app (us-east.workspace.legacy-app.4d5e6f70) has status INACTIVE, but requireStatus is ACTIVE (status message: last job: inactive). Nothing was exported.')
    assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
    assert !new File(basedir, 'target/first').exists()
    assert ItSupport.properties(new File(basedir, 'target/schematics/workspace.properties').toPath())['schematics.workspace.status'] == 'INACTIVE'
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
