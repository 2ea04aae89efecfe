package dev.slotlint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The package and imports of one compilation unit: all that is needed to read its names.
 *
 * @param singleTypes   simple name to fully qualified name, from {@code import a.b.C;}
 * @param onDemand      packages or types from {@code import a.b.*;}
 * @param staticMembers member name to its owner type, from {@code import static a.b.C.X;}
 * @param staticOnDemand owner types from {@code import static a.b.C.*;}
 */
public record ImportContext(String packageName, Map<String, String> singleTypes, List<String> onDemand,
                            Map<String, String> staticMembers, List<String> staticOnDemand) {

    public static ImportContext of(CompilationUnit unit) {
        String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        Map<String, String> singleTypes = new HashMap<>();
        List<String> onDemand = new ArrayList<>();
        Map<String, String> staticMembers = new HashMap<>();
        List<String> staticOnDemand = new ArrayList<>();
        for (ImportDeclaration imported : unit.getImports()) {
            String name = imported.getNameAsString();
            if (imported.isStatic() && imported.isAsterisk()) {
                staticOnDemand.add(name);
            } else if (imported.isStatic()) {
                int dot = name.lastIndexOf('.');
                staticMembers.put(name.substring(dot + 1), name.substring(0, dot));
            } else if (imported.isAsterisk()) {
                onDemand.add(name);
            } else {
                singleTypes.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        return new ImportContext(packageName, Map.copyOf(singleTypes), List.copyOf(onDemand),
                Map.copyOf(staticMembers), List.copyOf(staticOnDemand));
    }
}
