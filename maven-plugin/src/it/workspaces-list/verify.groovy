import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def slurper = new groovy.json.JsonSlurper()
    def names = { String dir -> slurper.parse(new File(basedir, dir + '/workspaces.json')).workspaces*.name }
    def all = slurper.parse(new File(basedir, 'target/schematics/workspaces.json'))
    assert all.count == 10 && all.workspaces.size() == 10          // account IT Main only
    assert names('target/schematics') == ['app-one', 'busy-app', 'data (v1.2)+', 'data-v1x2', 'frozen-app', 'legacy-app',
                                          'module-a', 'module-b', 'shared-net', 'shared-net']
    assert names('target/regex') == ['data (v1.2)+']
    assert names('target/glob') == ['app-one', 'busy-app']
    assert names('target/group') == ['data (v1.2)+', 'data-v1x2']
    assert !new File(basedir, 'target/mars').exists()

    def log = new File(basedir, 'build.log').text
    def header = log.readLines().find { it.contains('ID') && it.contains('RESOURCE GROUP') }
    assert header =~ /ID\s+NAME\s+LOCATION\s+RESOURCE GROUP\s+STATUS\s+UPDATED/
    // columns are aligned: every row of the first table starts its NAME column where the header does
    def nameColumn = header.indexOf('NAME')
    def row = log.readLines().find { it.contains('us-south.workspace.app-one.1a2b3c4d') }
    assert row.indexOf(' app-one ') + 1 == nameColumn
    assert log =~ /us-east\.workspace\.busy-app\.5e6f7081\s+busy-app\s+us-east\s+prod\s+ACTIVE \(locked\)\s+2026-10-01T08:00:00Z/
    assert log.contains('10 workspaces')
    assert log.contains('1 workspace (name substring (v1.2)+)')
    assert log.contains('2 workspaces (region us, status ACTIVE, name glob *APP*)')
    assert log.contains("region 'mars'")
    assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
    ItSupport.assertNoLeaks(context, basedir)
    return true
} finally {
    ItSupport.stop(context)
}
