package dev.slotlint;

import dev.slotlint.source.SourceFile;

import java.util.List;

/**
 * Where a module stands in a build of several modules (a Maven reactor): the sources of the modules it depends on,
 * directly or through others, and whether the modules that depend on it judge the clients it makes.
 *
 * <p>Upstream sources are indexed like the module's own: their constants, key helpers, wrappers, client-typed members
 * and Lua scripts resolve the module's calls, and their configuration and the clients they make are evidence of the
 * module's topology. Their findings are not the module's: a finding is reported where the call is. The clients
 * upstream code makes are the exception: a library cannot tell what it runs against, the services using it can, so
 * each module judges the creations of its upstream modules (their findings keep the library's file and line), and a
 * library whose {@code judgedDownstream} is set leaves its own creations to them.
 *
 * @param upstreamJavaFiles   Java sources of the modules this one depends on
 * @param upstreamConfigFiles their configuration files and resources (application.yml, redis.conf, Lua scripts)
 * @param judgedDownstream    whether modules that depend on this one judge the clients it makes, so that it does not
 */
public record Reactor(List<SourceFile> upstreamJavaFiles, List<SourceFile> upstreamConfigFiles,
                      boolean judgedDownstream) {

    /** A module on its own: nothing upstream, nothing downstream. */
    public static final Reactor ALONE = new Reactor(List.of(), List.of(), false);

    public Reactor {
        upstreamJavaFiles = List.copyOf(upstreamJavaFiles);
        upstreamConfigFiles = List.copyOf(upstreamConfigFiles);
    }
}
