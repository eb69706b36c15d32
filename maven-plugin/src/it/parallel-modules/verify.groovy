import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def emulator = ItSupport.emulator(context)
    def log = new File(basedir, 'build.log').text
    assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
    assert !log.contains('thread-safe') && !log.contains('threadSafe')
    def check = { String module, String id ->
        def exported = ItSupport.properties(new File(basedir, module + '/target/schematics/workspace.properties').toPath())
        assert exported['schematics.workspace.id'] == id
        def filtered = ItSupport.properties(new File(basedir, module + '/target/classes/module.properties').toPath())
        assert filtered['workspace'] == id
    }
    check('mod-a', 'us-south.workspace.module-a.92a3b4c5')
    check('mod-b', 'us-east.workspace.module-b.a3b4c5d6')
    check('mod-c', 'us-south.workspace.app-one.1a2b3c4d')
    check('mod-d', 'us-east.workspace.legacy-app.4d5e6f70')
    assert ItSupport.properties(new File(basedir, 'mod-a/target/classes/module.properties').toPath())['endpoint'] == 'https://a.example.com'
    assert ItSupport.properties(new File(basedir, 'mod-b/target/classes/module.properties').toPath())['endpoint'] == 'https://b.example.com'
    // four lookups in one JVM share one cached IAM token
    assert emulator.requests().count(Route.TOKEN) == 1
    assert emulator.requests().count(Route.WORKSPACE_OUTPUTS) == 4
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
