import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def log = new File(basedir, 'build.log').text
    assert log.contains("Credential: settings server 'it-apikey-user' (API key)")
    assert log.contains('Workspace legacy-app (us-east.workspace.legacy-app.4d5e6f70) in us-east, resource group prod: INACTIVE')

    def first = ItSupport.properties(new File(basedir, 'target/schematics/workspace.properties').toPath())
    assert first['schematics.workspace.id'] == 'us-east.workspace.legacy-app.4d5e6f70'
    assert first['schematics.output.vpc_id'] == 'r006-legacy'

    def second = ItSupport.properties(new File(basedir, 'target/no-outputs/workspace.properties').toPath())
    assert second['infra.workspace.id'] == 'us-east.workspace.legacy-app.4d5e6f70'
    assert !second.isEmpty() && second.keySet().every { it.startsWith('infra.workspace.') }

    def requests = emulator.requests().all()
    assert requests.count { it.route() == Route.WORKSPACES_LIST } >= 2
    assert requests.count { it.route() == Route.WORKSPACE_OUTPUTS } == 1
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
