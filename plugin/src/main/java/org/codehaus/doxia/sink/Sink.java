package org.codehaus.doxia.sink;

/**
 * Doxia 1's name for its {@link org.apache.maven.doxia.sink.Sink}, declared exactly as Doxia 1 declares it. The
 * report API of maven-site-plugin before 3.20 (the default site plugin of Maven 3.8 and 3.9) hands reports this type,
 * Doxia 2's API the other; the slotlint report implements both so that it runs under either. Inside those older site
 * plugins this class is never loaded from here: maven-reporting-exec gives every report plugin the site plugin's own.
 * Here it only keeps the report's methods resolvable where no Doxia 1 is around.
 */
public interface Sink extends org.apache.maven.doxia.sink.Sink {
}
