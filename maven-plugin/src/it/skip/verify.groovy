import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('Skipping schematics:workspace (schematics.skip is true)')
    assert !new File(basedir, 'target/schematics').exists()
    assert ItSupport.emulator(context).requests().count() == 0
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
