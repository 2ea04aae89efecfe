package com.example.jobs;

import java.util.ArrayList;
import java.util.List;

/** Session keys under a namespace the class starts with and a setter may change. */
public class Sessions {

    private String namespace = "app:session:";

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public void changeId(String oldId, String newId) {
        Redis.CLIENT.rename(namespace + "sessions:" + oldId, namespace + "sessions:" + newId);
    }

    public void expireAll(String id) {
        List<String> keys = new ArrayList<String>(4) {{
            add(namespace + "sessions:" + id);
            add(namespace + "expirations:" + id);
        }};
        Redis.CLIENT.del(keys.toArray(new String[0]));
    }

    public void expireTagged(String id) {
        List<String> keys = new ArrayList<>();
        java.util.Collections.addAll(keys, "{" + id + "}:session", "{" + id + "}:expiry");
        Redis.CLIENT.del(keys.toArray(new String[0]));
    }
}
