import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def file = new File(basedir, 'target/schematics/workspace.properties')
    def lines = file.getText('UTF-8').readLines()
    assert lines.contains('schematics.output.ports=[80,443]')
    assert lines.contains('schematics.output.replicas=3')
    assert lines.contains('schematics.output.ratio=0.75')
    assert lines.contains('schematics.output.enabled=true')
    assert lines.contains('schematics.output.settings={"tier":"gold","limits":{"cpu":2,"memory":"4Gi"},"zones":["a","b"]}')
    assert lines.contains('schematics.output.motd=Gr\\u00fc\\u00dfe = hello: #1\\nsecond line')
    assert lines.contains('schematics.output.empty=')
    def props = ItSupport.properties(file.toPath())
    assert props['schematics.output.motd'] == 'Grüße = hello: #1\nsecond line'
    assert !props.containsKey('schematics.output.db_password')

    def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schematics/workspace.json'))
    assert json.outputs.settings.value.limits.cpu == 2
    assert json.outputs.enabled.value == true

    def withSensitive = ItSupport.properties(new File(basedir, 'target/with-sensitive/workspace.properties').toPath())
    assert withSensitive['schematics.output.db_password'] == 'ItSensitive-Output-Value-77'
    def log = new File(basedir, 'build.log').text
    assert log.contains('schematics.output.db_password = **** (sensitive)')
    // seeded secrets and tokens: nowhere in the log or target/
    ItSupport.assertNoLeaks(context, basedir)
    // the sensitive output is in target/with-sensitive on purpose (includeSensitive=true), but never in the log
    ItSupport.leakScanner(context, 'ItSensitive-Output-Value-77').assertNoLeaks(new File(basedir, 'build.log').toPath())
    return true
} finally {
    ItSupport.stop(context)
}
