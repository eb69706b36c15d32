// Starts the emulator (IT seed) and passes its endpoints to the build as schematics.*Url user properties.
io.github.schematicsci.maven.it.ItSupport.start(context)
return true
