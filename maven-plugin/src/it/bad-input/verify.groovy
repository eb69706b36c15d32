import io.github.schematicsci.emulator.Route
import io.github.schematicsci.maven.it.ItSupport

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('both workspaceId and workspaceName are given')
    assert log.contains('neither workspaceId nor workspaceName is given')
    assert log.contains("region 'mars'")
    assert log.contains("requireStatus 'ACTIVE;FAILED' is not a comma-separated list of workspace statuses")
    assert log.contains('schematicsUrl')
    assert log.contains('propertyPrefix')
    assert ItSupport.countLines(log, '[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException') == 6
    assert ItSupport.emulator(context).requests().count() == 0
    return true
} finally {
    ItSupport.stop(context)
}
