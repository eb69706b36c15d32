import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('[WARNING] Workspace busy-app is locked by deployer@example.com since 2026-10-02T09:30:00Z: a job is running on it, so its outputs may be about to change.')
    assert log.contains('[WARNING] Workspace frozen-app is frozen by change-board@example.com since 2026-09-30T17:00:00Z: changes to it are blocked.')
    def busy = ItSupport.properties(new File(basedir, 'target/schematics/workspace.properties').toPath())
    assert busy['schematics.workspace.locked'] == 'true' && busy['schematics.workspace.lockedBy'] == 'deployer@example.com'
    def frozen = ItSupport.properties(new File(basedir, 'target/frozen/workspace.properties').toPath())
    assert frozen['schematics.workspace.frozen'] == 'true' && frozen['schematics.workspace.locked'] == 'false'
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
