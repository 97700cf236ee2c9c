throw new Error('Config broken.');
