package com.example.families;

import org.springframework.data.redis.core.StringRedisTemplate;

/** Each family twice: keys in different slots (found), keys sharing the hash tag {f} (silent). */
public class Calls {

    public void run(StringRedisTemplate template) {
        SpringFamilies.templates(template, "fam:a", "fam:b", "fam:d");
        SpringFamilies.templates(template, "{f}a", "{f}b", "{f}d");
        SpringFamilies.bound(template, "fam:a", "fam:b", "fam:d");
        SpringFamilies.bound(template, "{f}a", "{f}b", "{f}d");
        SpringFamilies.connection(template, "fam:a", "fam:b", "fam:d");
        SpringFamilies.connection(template, "{f}a", "{f}b", "{f}d");
    }
}
