import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('schematics:workspace')
    assert log.contains('workspaceId')
    assert log.contains('User property: schematics.workspaceId')
    assert log.contains('User property: schematics.requireStatus')
    assert log.contains('Default: schematics.')
    assert log.contains('User property: schematics.trustStore')
    assert log.contains('User property: schematics.trustStoreServerId')
    ItSupport.assertNoLeaks(context, basedir)                // no emulator here: the IT seed's secrets
    return true
} finally {
    ItSupport.stop(context)
}
