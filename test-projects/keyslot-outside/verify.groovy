// Standard output of the three runs, in order: with -q nothing else reaches the log.
def lines = new File(basedir, 'build.log').readLines().collect { it.replaceAll(/\u001B\[[0-9;]*m/, '') }
        .findAll { !it.isBlank() && !it.startsWith('Running post-build script') }
assert lines == [
        '13437',
        '13437 user:101',
        '1054 user:102',
        '13437 {user:101}:cart',
        '2 slots: a multi-key command on these keys fails on a cluster with CROSSSLOT; keys that share a hash tag,'
                + ' such as {user:101}:name and {user:101}:email, share a slot',
        '13437 {user:101}:name',
        '13437 {user:101}:cart',
        'same slot 13437: a multi-key command on these keys runs on a cluster',
]
