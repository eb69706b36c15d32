// Shows the resource the build filtered with ${schematics.output.…}, then stops the emulator.
import io.github.schematicsci.maven.it.ItSupport

try {
    def sample = new File(basedir, '../../../../docs/examples/maven').canonicalFile
    def filtered = new File(sample, 'target/classes/application.properties')
    println ''
    println 'docs/examples/maven/target/classes/application.properties, filtered with the exported properties:'
    println filtered.getText('UTF-8').readLines().findAll { !it.startsWith('#') }.collect { '    ' + it }.join('\n')
    assert filtered.text.contains('database.host=db-primary.us-south.acme.example.com')
    return true
} finally {
    ItSupport.stop(context)
    println 'Stopped the emulator.'
}
