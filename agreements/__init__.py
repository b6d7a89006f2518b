"""The agreement domain: agreement versions, principles, commitments, contact points."""
