// Starts the emulator with its demo seed; its endpoints reach the build as schematics.iamUrl/accountsUrl/schematicsUrl.
import io.github.schematicsci.emulator.Emulator
import io.github.schematicsci.maven.it.ItSupport

def emulator = ItSupport.start(context, Emulator.builder().demoSeed())
println "Started the IBM Cloud emulator (demo seed) at ${emulator.iamUrl()}"
return true
